package org.orggraph.importer;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The import's messages in English and Chinese ({@code importer/messages_en.properties},
 * {@code importer/messages_zh_CN.properties}) through Spring's {@link MessageSource}; every report carries both.
 */
@Component
public class ImportMessages {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource source;

    public ImportMessages() {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasename("importer/messages");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        bundle.setAlwaysUseMessageFormat(true);
        this.source = bundle;
    }

    public String english(String code, List<Object> args) {
        return source.getMessage(code, args.toArray(), Locale.ENGLISH);
    }

    public String chinese(String code, List<Object> args) {
        return source.getMessage(code, args.toArray(), CHINESE);
    }
}
