package io.closewright.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Puts {@link AccessThrottledSessions} in front of Spring Session's JDBC store, so that a signed-in browser's
 * page views write its session row at most once per {@code closewright.identity.session-access-writes}
 * (1 minute unless set; {@code 0s} writes on every request, as Spring Session does alone).
 *
 * <p>The store is decorated where Spring Boot made it rather than replaced by another bean: Boot's JDBC
 * session set-up (table, timeout, clean-up, the attribute upserts of {@link SessionAttributeUpserts}) only
 * applies while no other session store bean exists. Everything that takes the store as a
 * {@code SessionRepository}, above all the session filter, then gets the decorated one.
 */
@Configuration(proxyBeanMethods = false)
class SessionAccessWrites {

    @Bean
    static BeanPostProcessor sessionAccessThrottle(ObjectProvider<IdentitySettings> settings) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof JdbcIndexedSessionRepository store) {
                    return new AccessThrottledSessions<>(
                            store, settings.getObject().sessionAccessWrites());
                }
                return bean;
            }
        };
    }
}
