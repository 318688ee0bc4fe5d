package vn.tiendo.security;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import vn.tiendo.support.Api;
import vn.tiendo.support.EmbeddedPostgresResource;

/** Hostile tokens all get 401; a well-formed token of ours still works (so the 401s are not an accident). */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class TokenAttackTest {

    static JwtClaimsBuilder claims() {
        long adminId = ((Number) Api.admin().get("/api/v1/me").then().extract().path("id")).longValue();
        return Jwt.upn("admin")
                .subject(String.valueOf(adminId))
                .groups(Set.of("ADMIN"))
                .issuer("tiendo")
                .audience("tiendo-api");
    }

    static void expect(int status, String token) {
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(status);
    }

    @Test
    void aWellFormedTokenWorks() {
        expect(200, claims().expiresIn(300).sign());
    }

    @Test
    void algNoneIsRefused() {
        String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String payload = b64(
                "{\"sub\":\"1\",\"upn\":\"admin\",\"groups\":[\"ADMIN\"],\"iss\":\"tiendo\",\"aud\":\"tiendo-api\",\"exp\":"
                        + (Instant.now().getEpochSecond() + 600) + "}");
        expect(401, header + "." + payload + ".");
    }

    @Test
    void hs256SignedWithThePublicKeyIsRefused() throws Exception {
        String location = ConfigProvider.getConfig().getValue("mp.jwt.verify.publickey.location", String.class);
        String publicPem = Files.readString(Path.of(java.net.URI.create(location)));
        expect(
                401,
                claims().expiresIn(300)
                        .jws()
                        .algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.HS256)
                        .sign(new javax.crypto.spec.SecretKeySpec(
                                publicPem.getBytes(StandardCharsets.UTF_8), "HmacSHA256")));
    }

    @Test
    void expiredNotYetValidWrongIssuerOrAudienceAreRefused() {
        expect(
                401,
                claims().issuedAt(Instant.now().minusSeconds(7200))
                        .expiresAt(Instant.now().minusSeconds(60))
                        .sign());
        expect(
                401,
                claims().claim("nbf", Instant.now().plusSeconds(3600).getEpochSecond())
                        .expiresIn(7200)
                        .sign());
        expect(401, claims().issuer("someone-else").expiresIn(300).sign());
        expect(401, claims().audience("another-api").expiresIn(300).sign());
    }

    @Test
    void aTamperedPayloadIsRefused() {
        String token = claims().expiresIn(300).sign();
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"ADMIN\"", "\"VIEWER\"");
        expect(401, parts[0] + "." + b64(payload) + "." + parts[2]);
    }

    @Test
    void aTokenForADeletedOrDeactivatedUserIsRefused() {
        expect(
                401,
                Jwt.upn("nobody")
                        .subject("987654321")
                        .groups(Set.of("ADMIN"))
                        .issuer("tiendo")
                        .audience("tiendo-api")
                        .expiresIn(300)
                        .sign());
        String p = Api.unique("TK");
        var ids = Api.importTree(java.util.List.of(Api.org(p, "Gốc", null, "tinh", 0)));
        String user = Api.user("tk", ids.get(p), "VIEWER");
        String token = given().contentType(ContentType.JSON)
                .body(Map.of("username", user, "password", Api.PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
        expect(200, token);
        Number id = Api.admin()
                .get("/api/v1/users?size=1000")
                .then()
                .extract()
                .path("items.find { it.username == '" + user + "' }.id");
        Api.admin()
                .body(Map.of("active", false))
                .patch("/api/v1/users/" + id)
                .then()
                .statusCode(200);
        expect(401, token);
    }

    @Test
    void aTokenOfAUserWhoseOrganisationWasDeactivatedIsRefused() {
        String p = Api.unique("TO");
        var ids = Api.importTree(
                java.util.List.of(Api.org(p, "Gốc", null, "tinh", 0), Api.org(p + "-X", "Xã", p, "co-so", 3)));
        String user = Api.user("to", ids.get(p + "-X"), "REPORTER");
        String token = given().contentType(ContentType.JSON)
                .body(Map.of("username", user, "password", Api.PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
        expect(200, token);
        Api.admin()
                .delete("/api/v1/organizations/" + ids.get(p + "-X"))
                .then()
                .statusCode(200)
                .body("active", org.hamcrest.Matchers.equalTo(false));
        expect(401, token);
    }

    static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
