package io.closewright;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Closewright: run every B2B deal like a project. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ClosewrightApplication {

    public static void main(String[] args) {
        SpringApplication.run(ClosewrightApplication.class, args);
    }
}
