package org.orggraph.api;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * A request the app's REST endpoints ({@code /api/import}, {@code /api/export}) cannot take gets a 4xx with an error
 * code, in the body every endpoint of the app answers errors with ({@link ApiError#body}), instead of Spring Boot's
 * error page without one. Only for {@code @RestController}s: {@code /graphql} answers its own ({@link
 * GraphQlRequestHandler}). A multipart body that cannot be read fails before there is a controller: {@link Multipart}.
 */
@RestControllerAdvice(annotations = RestController.class)
class RequestErrorAdvice {

    /** Multipart bodies are read before Spring chooses the endpoint, so this one advises every request. */
    @RestControllerAdvice
    static class Multipart {

        @ExceptionHandler(MaxUploadSizeExceededException.class)
        ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e) {
            return answer(HttpStatus.CONTENT_TOO_LARGE, ApiError.TOO_EXPENSIVE,
                    "The upload is larger than the server takes (spring.servlet.multipart.max-file-size and"
                            + " max-request-size); split the file");
        }

        @ExceptionHandler(MultipartException.class)
        ResponseEntity<Map<String, Object>> malformed(MultipartException e) {
            return answer(HttpStatus.BAD_REQUEST, ApiError.BAD_USER_INPUT,
                    "The request is not a well-formed multipart/form-data body");
        }

        /** No endpoint takes the body's type, so there is no controller either; /graphql answers its own. */
        @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
        ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request)
                throws HttpMediaTypeNotSupportedException {
            if (request.getRequestURI().startsWith("/graphql")) {
                // Thrown again: Spring goes on with its own handling, as without this advice.
                throw e;
            }
            return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ApiError.BAD_USER_INPUT,
                    "This endpoint takes " + e.getSupportedMediaTypes());
        }
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MissingServletRequestParameterException.class})
    ResponseEntity<Map<String, Object>> missing(Exception e) {
        return answer(HttpStatus.BAD_REQUEST, ApiError.BAD_USER_INPUT, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> mismatch(MethodArgumentTypeMismatchException e) {
        return answer(HttpStatus.BAD_REQUEST, ApiError.BAD_USER_INPUT,
                "The parameter '" + e.getName() + "' has a value of the wrong type");
    }


    private static ResponseEntity<Map<String, Object>> answer(HttpStatus status, ApiError code, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(code.body(message));
    }
}
