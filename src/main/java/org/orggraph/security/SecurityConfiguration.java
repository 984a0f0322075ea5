package org.orggraph.security;

import java.util.List;
import java.util.Set;

import jakarta.servlet.DispatcherType;

import org.orggraph.graph.CredentialsFile;
import org.orggraph.graph.EmbeddedNeo4jProperties;
import org.orggraph.api.Role;
import org.orggraph.export.ExportController;
import org.orggraph.importer.ImportController;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Who may reach what. Nothing answers without credentials but health (its details for ADMIN only) and the login
 * page. {@code /graphql} takes HTTP Basic, a JWT bearer token (when {@code spring.security.oauth2.resourceserver.jwt.*}
 * is configured) or the session of the login page, and answers a request without them with 401 and a GraphQL
 * error (UNAUTHENTICATED); every other page sends the browser to the login page. What a logged-in caller may see
 * and do is decided by their roles in the API ({@link CallerInterceptor}).
 *
 * <p>CSRF: the login form carries a token; {@code /graphql} needs none, because it takes JSON or
 * application/graphql only (415 otherwise), which no other site's page can send without a CORS pre-flight, and
 * CORS is closed unless {@code orggraph.security.allowed-origins} opens it; GET runs queries only. The session
 * cookie is SameSite=Strict as well (application.yml).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * Scripts and styles from the app itself only (GraphiQL, Neo4j Browser and the login page have no inline
     * script); inline styles and data: images and fonts because GraphiQL's and Browser's components set them;
     * Browser's Bolt connection is a WebSocket to the database's port, another origin, hence ws:/wss:.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self' ws: wss:; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * No observation of each security filter, authentication and authorization: with the metrics on, Spring Security
     * wraps every filter of the chain in observations of its own, a large share of the CPU of a small GraphQL
     * request. The request itself is still observed (http.server.requests, graphql.request, graphql.datafetcher);
     * failed logins still go into the audit trail ({@link LoginFailures}, from the authentication events).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService accounts(AdminProperties admin, OfficeUsers office, EmbeddedNeo4jProperties data,
            PasswordEncoder encoder) {
        var account = AdminAccount.resolve(admin, new CredentialsFile(data.credentialsFile()), encoder, data.enabled());
        return new Accounts(account, office, UserFile.in(data.dataDir()));
    }

    @Bean
    SecurityFilterChain orgGraphSecurity(HttpSecurity http, AccessProperties access,
            ObjectProvider<JwtDecoder> jwtDecoder,
            @Value("${spring.graphql.http.path:/graphql}") String graphQlPath) throws Exception {
        GraphQlErrorResponses responses = new GraphQlErrorResponses();
        JwtDecoder jwt = jwtDecoder.getIfAvailable();
        Unauthenticated unauthenticated = new Unauthenticated(responses, jwt != null);
        RequestMatcher graphQl = PathPatternRequestMatcher.withDefaults().matcher(graphQlPath);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        // metrics tell how busy and how big the office's database is: administrators only
                        .requestMatchers(EndpointRequest.to("prometheus")).hasRole(Role.ADMIN.name())
                        // rosters in: data stewards; the whole graph out, personal data in clear: administrators
                        .requestMatchers(ImportController.PATH).hasAnyRole(Role.EDITOR.name(), Role.ADMIN.name())
                        .requestMatchers(ExportController.PATH).hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, LoginPage.PATH, "/login/login.css", "/favicon.ico").permitAll()
                        // the container's error dispatch of a refused or failed request renders its answer; asked for
                        // directly, /error has nothing to render and Spring Boot would answer 500 (status 999)
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/error").denyAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated))
                .formLogin(form -> form.loginPage(LoginPage.PATH).defaultSuccessUrl("/graphiql"))
                // scripts upload rosters with credentials of their own (Basic or a token), not a browser session
                .csrf(csrf -> csrf.ignoringRequestMatchers(graphQl, request -> ImportController.PATH
                        .equals(request.getRequestURI()) && request.getHeader("Authorization") != null))
                .cors(cors -> cors.configurationSource(cors(access.allowedOrigins())))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frames -> frames.deny()))
                .exceptionHandling(errors -> errors
                        .accessDeniedHandler(new Forbidden(responses, unauthenticated))
                        .defaultAuthenticationEntryPointFor(unauthenticated, graphQl)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(LoginPage.PATH),
                                pages())
                        .defaultAuthenticationEntryPointFor(unauthenticated, AnyRequestMatcher.INSTANCE))
                .addFilterBefore(new AllowedHosts(access.allowedHosts(), responses), DisableEncodeUrlFilter.class);
        if (jwt != null) {
            JwtAuthenticationConverter roles = new JwtAuthenticationConverter();
            roles.setJwtGrantedAuthoritiesConverter(new ClaimRoles(access.rolesClaim()));
            http.oauth2ResourceServer(resourceServer -> resourceServer.authenticationEntryPoint(unauthenticated)
                    .jwt(token -> token.decoder(jwt).jwtAuthenticationConverter(roles)));
        }
        return http.build();
    }

    /** What a browser navigates to (it accepts HTML, not just anything): sent to the login page, not answered 401. */
    private static RequestMatcher pages() {
        MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return html;
    }

    /** Cross-origin calls only from the configured origins; none by default (a pre-flight then gets 403). */
    private static UrlBasedCorsConfigurationSource cors(List<String> origins) {
        CorsConfiguration configuration = new CorsConfiguration();
        configuration.setAllowedOrigins(origins);
        configuration.setAllowedMethods(List.of("GET", "POST"));
        configuration.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept"));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", configuration);
        return source;
    }
}
