package org.perftracker.client;

import java.util.Objects;
import java.util.UUID;

/**
 * The server's answer to a stored upload: {@code {"message": "OK, job 17 has been created", "id": 17, "uuid":
 * …, "result": "created"}}, with the address of the job's page.
 *
 * @param message the server's message
 * @param jobId the job's id on the server
 * @param uuid the job's uuid
 * @param result {@code created}, {@code updated} or {@code appended}
 * @param jobUrl the job's page, {@code <url>/<project id>/job/<id>}
 */
public record UploadReceipt(String message, long jobId, UUID uuid, String result, String jobUrl) {

    public UploadReceipt {
        message = Objects.requireNonNullElse(message, "");
        Objects.requireNonNull(uuid, "uuid");
        result = Objects.requireNonNullElse(result, "");
        Objects.requireNonNull(jobUrl, "jobUrl");
    }
}
