package io.closewright.ask;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ShareLinkThrottleTests {

    private final ShareLinkThrottle throttle = new ShareLinkThrottle(1, 2);

    @Test
    void boundedByDroppingTheLeastRecentlySeenAddressOnlyNotEveryone() throws Exception {
        assertThat(status("203.0.113.1")).isEqualTo(200);
        assertThat(status("203.0.113.1")).isEqualTo(429);
        assertThat(status("203.0.113.2")).isEqualTo(200);
        assertThat(status("203.0.113.3"))
                .as("a third address drops the least recently seen")
                .isEqualTo(200);

        assertThat(status("203.0.113.2"))
                .as("still tracked: its budget was not reset")
                .isEqualTo(429);
        assertThat(status("203.0.113.3")).isEqualTo(429);
    }

    private int status(String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/share/some-token");
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        throttle.doFilter(request, response, new MockFilterChain());
        return response.getStatus();
    }
}
