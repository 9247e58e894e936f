package io.closewright.imports;

import io.closewright.shared.FieldProblem;
import io.closewright.shared.RuleViolationException;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.multipart.MultipartFile;

/**
 * Builds an {@link ImportRequest} from what the API or the page sent: {@code preset}, {@code source},
 * {@code column.<field>=<header>} for any field, and mappings written {@code Source stage=stageKey} and
 * {@code Source owner=userId|email|new}. Uploads are read up to the size limit and refused beyond it.
 */
final class ImportRequests {

    private ImportRequests() {}

    /** An upload larger than the limit (413). */
    static final class TooLarge extends RuntimeException {
        TooLarge(long limit) {
            super("The file is larger than " + limit / (1024 * 1024) + " MB; split it into smaller files");
        }
    }

    static Preset preset(String key) {
        return Preset.of(key)
                .orElseThrow(() -> new RuleViolationException(
                        "preset", "must be one of salesforce, salesforce-report, hubspot, pipedrive, maven, generic"));
    }

    static Map<DealField, String> columns(Map<String, String> params) {
        Map<DealField, String> columns = new EnumMap<>(DealField.class);
        params.forEach((name, value) -> {
            if (name.startsWith("column.") && value != null && !value.isBlank()) {
                String wanted = name.substring("column.".length());
                DealField field = java.util.Arrays.stream(DealField.values())
                        .filter(f -> f.parameter().equals(wanted))
                        .findFirst()
                        .orElseThrow(() -> new RuleViolationException(name, "is not a field that can be mapped"));
                columns.put(field, value.trim());
            }
        });
        return columns;
    }

    /** {@code Source=target} pairs; the last {@code =} separates them, since targets never hold one. */
    static Map<String, String> pairs(List<String> values, String field) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String v : values == null ? List.<String>of() : values) {
            int eq = v.lastIndexOf('=');
            if (eq <= 0) {
                throw new RuleViolationException(
                        List.of(new FieldProblem(field, "write each mapping as Source=target")));
            }
            pairs.put(v.substring(0, eq).trim(), v.substring(eq + 1).trim());
        }
        return pairs;
    }

    static byte[] read(InputStream in, long limit) {
        try (in) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new TooLarge(limit);
            }
            return bytes;
        } catch (IOException e) {
            throw new RuleViolationException("file", "the upload could not be read");
        }
    }

    static byte[] read(MultipartFile file, long limit) {
        if (file == null
                || (file.isEmpty()
                        && (file.getOriginalFilename() == null
                                || file.getOriginalFilename().isEmpty()))) {
            return null;
        }
        if (file.getSize() > limit) {
            throw new TooLarge(limit);
        }
        try {
            return read(file.getInputStream(), limit);
        } catch (IOException e) {
            throw new RuleViolationException("file", "the upload could not be read");
        }
    }
}
