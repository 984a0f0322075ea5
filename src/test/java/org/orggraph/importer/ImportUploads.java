package org.orggraph.importer;

import java.nio.charset.StandardCharsets;

import org.orggraph.api.GraphQlTesters.TestUser;
import org.orggraph.api.Role;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/** An EDITOR's upload of one file to {@code POST /api/import}, as a browser form would send it. */
public final class ImportUploads {

    private ImportUploads() {
    }

    public static RestClient.ResponseSpec upload(int port, String name, String content, boolean dryRun) {
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("files", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        parts.add("dryRun", String.valueOf(dryRun));
        return RestClient.create("http://localhost:" + port).post().uri(ImportController.PATH)
                .header("Authorization", TestUser.of(Role.EDITOR).basic())
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve();
    }
}
