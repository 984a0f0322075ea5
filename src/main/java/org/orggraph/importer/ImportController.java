package org.orggraph.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.orggraph.audit.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/import} (multipart: one or more {@code files} parts, named by type like on the command line;
 * {@code dryRun=true} to only validate): the same engine as the {@code import} command, answering its report as
 * JSON, 200 when the files were accepted and 422 when rows were rejected (nothing written); the audit trail records
 * it with the caller's name and address either way. The path is
 * {@value #PATH} so that the security configuration can require the EDITOR role on it.
 */
@RestController
public class ImportController {

    public static final String PATH = "/api/import";

    private final ImportEngine engine;

    ImportController(ImportEngine engine) {
        this.engine = engine;
    }

    @PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ImportReport> upload(@RequestParam("files") List<MultipartFile> parts,
            @RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun, Principal caller,
            HttpServletRequest request) {
        List<SourceFile> files = new ArrayList<>();
        for (MultipartFile part : parts) {
            try {
                files.add(new SourceFile(part.getOriginalFilename() == null ? part.getName()
                        : part.getOriginalFilename(), part.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        ImportReport report = engine.run(files, dryRun, new LoggedProgress(files),
                Actor.of(caller, request.getRemoteAddr()));
        return ResponseEntity.status(report.ok() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).body(report);
    }
}
