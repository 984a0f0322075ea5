package org.orggraph.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Bearer tokens as an OIDC issuer would sign them, with the test key pair of {@code src/test/resources/jwt/} whose
 * public half the test profile configures ({@code spring.security.oauth2.resourceserver.jwt.public-key-location}),
 * and tokens of a stranger's key, which the app must refuse.
 */
final class JwtTokens {

    private JwtTokens() {
    }

    /** A token of the test issuer for this subject, with these values in the {@code roles} claim. */
    static String issued(String subject, List<String> roles) {
        return sign(encoder(publicKey(), privateKey()), subject, roles, Instant.now().plus(Duration.ofMinutes(5)));
    }

    static String expired(String subject, List<String> roles) {
        return sign(encoder(publicKey(), privateKey()), subject, roles, Instant.now().minus(Duration.ofHours(1)));
    }

    /** A well-formed token signed by a key the app does not know. */
    static String ofAStranger(String subject, List<String> roles) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            return sign(encoder((RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate()), subject, roles,
                    Instant.now().plus(Duration.ofMinutes(5)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(JwtEncoder encoder, String subject, List<String> roles, Instant expiresAt) {
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer("https://sso.example.org").subject(subject)
                .issuedAt(expiresAt.minus(Duration.ofMinutes(10))).expiresAt(expiresAt).claim("roles", roles).build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();
    }

    private static JwtEncoder encoder(RSAPublicKey publicKey, RSAPrivateKey privateKey) {
        return NimbusJwtEncoder.withKeyPair(publicKey, privateKey).build();
    }

    private static RSAPublicKey publicKey() {
        try (InputStream in = new ClassPathResource("jwt/public.pem").getInputStream()) {
            return RsaKeyConverters.x509().convert(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RSAPrivateKey privateKey() {
        try (InputStream in = new ClassPathResource("jwt/private.pem").getInputStream()) {
            return RsaKeyConverters.pkcs8().convert(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
