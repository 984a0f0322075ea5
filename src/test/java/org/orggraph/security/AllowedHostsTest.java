package org.orggraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Against DNS rebinding: with allowed hosts configured, a request for another Host is 421 with a GraphQL error
 * MISDIRECTED_REQUEST and goes no further; without the list, every host is answered.
 */
class AllowedHostsTest {

    private static MockHttpServletResponse request(List<String> allowed, String host) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
        request.setServerName(host);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        new AllowedHosts(allowed, new GraphQlErrorResponses()).doFilter(request, response, chain);
        if (chain.getRequest() != null) {
            response.setStatus(299);
        }
        return response;
    }

    @Test
    void anotherHostIs421WithACodeAndGoesNoFurther() throws Exception {
        MockHttpServletResponse response = request(List.of("orggraph.office.local", "10.0.0.5"), "attacker.example");

        assertThat(response.getStatus()).isEqualTo(421);
        assertThat(response.getContentAsString()).contains("\"code\":\"MISDIRECTED_REQUEST\"", "attacker.example");
    }

    @Test
    void aListedHostInAnyCaseOrNoListAtAllIsAnswered() throws Exception {
        assertThat(request(List.of("orggraph.office.local"), "OrgGraph.Office.Local").getStatus()).isEqualTo(299);
        assertThat(request(List.of(), "anything.example").getStatus()).isEqualTo(299);
    }
}
