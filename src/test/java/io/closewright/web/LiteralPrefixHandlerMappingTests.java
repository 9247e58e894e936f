package io.closewright.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.util.ServletRequestPathUtils;

class LiteralPrefixHandlerMappingTests {

    @RestController
    static class Deals {
        @GetMapping("/api/opportunities/{id}")
        String one(@PathVariable long id) {
            return "one";
        }

        @PatchMapping("/api/opportunities/{id}")
        String change(@PathVariable long id) {
            return "change";
        }

        @GetMapping("/api/opportunities")
        String list() {
            return "list";
        }

        @GetMapping({"/share/{token}", "/s/{token}"})
        String share(@PathVariable String token) {
            return "share";
        }

        @GetMapping("/files/**")
        String files() {
            return "files";
        }
    }

    private final LiteralPrefixHandlerMapping mapping = new LiteralPrefixHandlerMapping();

    @BeforeEach
    void register() {
        StaticWebApplicationContext context = new StaticWebApplicationContext();
        context.registerSingleton("deals", Deals.class);
        mapping.setApplicationContext(context);
        mapping.afterPropertiesSet();
    }

    @Test
    void findsTheHandlerOfAPathWithAVariable() throws Exception {
        assertThat(handler("GET", "/api/opportunities/42")).isEqualTo("one");
        assertThat(handler("PATCH", "/api/opportunities/42")).isEqualTo("change");
        assertThat(handler("GET", "/api/opportunities")).isEqualTo("list");
    }

    @Test
    void triesEveryPatternOfAMappingAndWildcards() throws Exception {
        assertThat(handler("GET", "/s/abc")).isEqualTo("share");
        assertThat(handler("GET", "/share/abc")).isEqualTo("share");
        assertThat(handler("GET", "/files/a/b.txt")).isEqualTo("files");
    }

    @Test
    void matchesAnEncodedLiteralAsSpringDoes() throws Exception {
        assertThat(handler("GET", "/api/opportunit%69es/42")).isEqualTo("one");
    }

    @Test
    void answersNoHandlerOrWrongMethodAsBefore() throws Exception {
        assertThat(chain("GET", "/api/nothing")).isNull();
        assertThatThrownBy(() -> chain("DELETE", "/api/opportunities/42"))
                .isInstanceOf(HttpRequestMethodNotSupportedException.class);
    }

    private String handler(String method, String path) throws Exception {
        return ((HandlerMethod) chain(method, path).getHandler()).getMethod().getName();
    }

    private HandlerExecutionChain chain(String method, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        ServletRequestPathUtils.parseAndCache(request);
        return mapping.getHandler(request);
    }
}
