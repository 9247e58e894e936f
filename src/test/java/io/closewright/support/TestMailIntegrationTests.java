package io.closewright.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

@IntegrationTest
class TestMailIntegrationTests {

    @Autowired
    JavaMailSender mail;

    @Test
    void theApplicationsMailReachesTheTestSmtpServer() throws Exception {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom("closewright@test.closewright.io");
        message.setTo("someone-" + System.nanoTime() + "@test.closewright.io");
        message.setSubject("Hello over SMTP");
        message.setText("Sent through the application's JavaMailSender.");
        mail.send(message);

        assertThat(TestMail.receivedBy(message.getTo()[0]))
                .singleElement()
                .satisfies(m -> assertThat(m.getSubject()).isEqualTo("Hello over SMTP"));
    }
}
