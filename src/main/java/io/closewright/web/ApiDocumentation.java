package io.closewright.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs}, kept truthful by rules that apply to every operation
 * (see {@link OperationProblems}, {@link NullableComponents} and {@link DocumentShapes}): bearer tokens
 * declared and required unless an operation is public, problem+json for every error an operation can
 * answer, nullable exactly where a value may be null, request bodies with examples.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BEARER = "bearer";

    @Bean
    OpenAPI closewrightApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Closewright API")
                        .version("1")
                        .description("Run every B2B deal like a project: close plans worked backwards from the close"
                                + " date. Sign in with POST /api/auth/token and send the token as"
                                + " `Authorization: Bearer <token>`. Errors are RFC 9457 problem+json; changes"
                                + " to a record send its version (the ETag) in `If-Match`."))
                .addServersItem(new Server().url("/").description("This server"))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A token from POST /api/auth/token")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    NullableComponents nullableComponents() {
        return new NullableComponents();
    }

    @Bean
    OperationProblems operationProblems() {
        return new OperationProblems();
    }

    @Bean
    DocumentShapes documentShapes() {
        return new DocumentShapes();
    }
}
