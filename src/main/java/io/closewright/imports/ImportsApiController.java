package io.closewright.imports;

import io.closewright.identity.UserPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * CSV imports over HTTP, for admins. {@code POST /api/imports?preset=...} takes the file as the body
 * ({@code text/csv}) or as multipart parts {@code file}, {@code products}, {@code teams} and
 * {@code accounts}. With {@code dryRun=true} it answers what would happen (200) and writes nothing;
 * otherwise it queues the import (202) and {@code GET /api/imports/{id}} reports its progress.
 */
@RestController
@Tag(name = "Imports")
class ImportsApiController {

    private final ImportManagement imports;
    private final ImportSettings settings;

    ImportsApiController(ImportManagement imports, ImportSettings settings) {
        this.imports = imports;
        this.settings = settings;
    }

    @Operation(summary = "Import (or with dryRun=true, preview) a CSV file sent as the request body")
    @ApiResponse(
            responseCode = "200",
            description = "The dry run",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportPreview.class)))
    @ApiResponse(
            responseCode = "202",
            description = "The import is queued; follow its progress at Location",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportJobView.class)))
    @PostMapping(
            value = "/api/imports",
            consumes = {"text/csv", "text/plain", "application/octet-stream"})
    ResponseEntity<Object> importCsv(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam String preset,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(required = false) List<String> stageMap,
            @RequestParam(required = false) List<String> ownerMap,
            @RequestParam Map<String, String> params,
            HttpServletRequest http)
            throws IOException {
        byte[] file = ImportRequests.read(
                http.getInputStream(), settings.maxFileSize().toBytes());
        return run(me, dryRun, request(preset, params, stageMap, ownerMap, null, file, null, null, null));
    }

    @Operation(
            summary = "Import (or with dryRun=true, preview) a CSV file with its companion files, as multipart parts")
    @ApiResponse(
            responseCode = "200",
            description = "The dry run",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportPreview.class)))
    @ApiResponse(
            responseCode = "202",
            description = "The import is queued; follow its progress at Location",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportJobView.class)))
    @PostMapping(value = "/api/imports", consumes = "multipart/form-data")
    ResponseEntity<Object> importFiles(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam String preset,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(required = false) List<String> stageMap,
            @RequestParam(required = false) List<String> ownerMap,
            @RequestParam Map<String, String> params,
            @RequestPart("file") MultipartFile file,
            @RequestPart(value = "products", required = false) MultipartFile products,
            @RequestPart(value = "teams", required = false) MultipartFile teams,
            @RequestPart(value = "accounts", required = false) MultipartFile accounts) {
        long limit = settings.maxFileSize().toBytes();
        byte[] main = ImportRequests.read(file, limit);
        ImportRequest request = request(
                preset,
                params,
                stageMap,
                ownerMap,
                file.getOriginalFilename(),
                main == null ? new byte[0] : main,
                ImportRequests.read(products, limit),
                ImportRequests.read(teams, limit),
                ImportRequests.read(accounts, limit));
        return run(me, dryRun, request);
    }

    @Operation(summary = "The workspace's latest imports, newest first")
    @GetMapping("/api/imports")
    List<ImportJobView> listImports(@AuthenticationPrincipal UserPrincipal me) {
        return imports.jobs(me.viewer());
    }

    @Operation(summary = "One import with its progress (processed of rows), counts and bad rows")
    @GetMapping("/api/imports/{id}")
    ImportJobView importStatus(@AuthenticationPrincipal UserPrincipal me, @PathVariable long id) {
        return imports.job(me.viewer(), id);
    }

    @ExceptionHandler(ImportRequests.TooLarge.class)
    ResponseEntity<Object> tooLarge(ImportRequests.TooLarge e) {
        org.springframework.http.ProblemDetail body =
                org.springframework.http.ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
        body.setProperty("errors", List.of(new io.closewright.shared.FieldProblem("file", e.getMessage())));
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    private ResponseEntity<Object> run(UserPrincipal me, boolean dryRun, ImportRequest request) {
        if (dryRun) {
            return ResponseEntity.ok(imports.preview(me.viewer(), request));
        }
        ImportJobView job = imports.start(me.viewer(), request);
        return ResponseEntity.accepted()
                .location(URI.create("/api/imports/" + job.id()))
                .body(job);
    }

    private static ImportRequest request(
            String preset,
            Map<String, String> params,
            List<String> stageMap,
            List<String> ownerMap,
            String fileName,
            byte[] file,
            byte[] products,
            byte[] teams,
            byte[] accounts) {
        return new ImportRequest(
                ImportRequests.preset(preset),
                params.get("source"),
                fileName,
                file,
                products,
                teams,
                accounts,
                ImportRequests.columns(params),
                ImportRequests.pairs(stageMap, "stageMap"),
                ImportRequests.pairs(ownerMap, "ownerMap"));
    }
}
