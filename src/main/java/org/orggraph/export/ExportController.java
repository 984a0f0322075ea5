package org.orggraph.export;

import java.security.Principal;
import java.util.zip.ZipOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import org.orggraph.audit.Actor;
import org.orggraph.audit.AuditTrail;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/export?format=csv|xlsx|json|cypher[&alliance=ID]}: the export as a zip download. It holds
 * personal data: the security configuration must require the ADMIN role on {@value #PATH}. Each download is in the
 * audit trail (who, from where, format, scope, rows) once it has been written.
 */
@RestController
public class ExportController {

    public static final String PATH = "/api/export";

    private final ExportAudit exporter;

    ExportController(Exporter exporter, AuditTrail trail) {
        this.exporter = new ExportAudit(exporter, trail);
    }

    @GetMapping(PATH)
    ResponseEntity<StreamingResponseBody> download(@RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) String alliance, Principal caller, HttpServletRequest request) {
        ExportFormat exportFormat;
        try {
            exportFormat = ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN)
                    .body(out -> out.write(e.getMessage().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        Actor actor = Actor.of(caller, request.getRemoteAddr());
        StreamingResponseBody body = out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                exporter.export(actor, exportFormat, alliance, Exporter.Sink.zip(zip));
            }
        };
        String name = "orggraph-export-" + exportFormat.name().toLowerCase(java.util.Locale.ROOT) + ".zip";
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(body);
    }
}
