package io.closewright.shared;

import java.net.URI;
import org.springframework.http.ResponseEntity;

/**
 * API responses that carry the record's version as their {@code ETag}, so that the client can send it
 * back in {@code If-Match} with its next change.
 */
public final class Tagged {

    private Tagged() {}

    public static <T> ResponseEntity<T> ok(T body, long version) {
        return ResponseEntity.ok().eTag(String.valueOf(version)).body(body);
    }

    public static <T> ResponseEntity<T> created(String location, T body, long version) {
        return ResponseEntity.created(URI.create(location))
                .eTag(String.valueOf(version))
                .body(body);
    }
}
