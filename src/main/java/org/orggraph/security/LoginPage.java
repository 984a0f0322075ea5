package org.orggraph.security;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * The login page of GraphiQL, Neo4j Browser and every other page: Chinese by default, English with {@code ?lang=en}
 * or when the browser prefers English. Texts in {@code security/login*.properties}; no script, its style sheet
 * served by the app ({@code /login/login.css}). Spring Security takes the form's POST to {@code /login}.
 */
@Controller
class LoginPage {

    static final String PATH = "/login";
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @GetMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(HttpServletRequest request) {
        Locale locale = locale(request);
        ResourceBundle text = ResourceBundle.getBundle("security.login", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String message = request.getParameter("error") != null ? text.getString("error")
                : request.getParameter("logout") != null ? text.getString("logout") : null;
        boolean english = locale.getLanguage().equals("en");
        String html = """
                <!doctype html>
                <html lang="%s">
                <head>
                  <meta charset="UTF-8" />
                  <meta name="viewport" content="width=device-width, initial-scale=1.0" />
                  <title>%s</title>
                  <link rel="stylesheet" href="/login/login.css" />
                  <link rel="icon" href="data:," />
                </head>
                <body>
                  <main>
                    <h1>%s</h1>
                    %s
                    <form method="post" action="/login">
                      <label for="username">%s</label>
                      <input id="username" name="username" autocomplete="username" autofocus required />
                      <label for="password">%s</label>
                      <input id="password" name="password" type="password" autocomplete="current-password" required />
                      %s
                      <button type="submit">%s</button>
                    </form>
                    <p class="hint">%s</p>
                    <p class="lang"><a href="/login?lang=%s">%s</a></p>
                  </main>
                </body>
                </html>
                """.formatted(english ? "en" : "zh-CN", e(text, "title"), e(text, "heading"),
                message == null ? "" : "<p class=\"message\" role=\"alert\">" + HtmlUtils.htmlEscape(message) + "</p>",
                e(text, "username"), e(text, "password"),
                csrf == null ? "" : "<input type=\"hidden\" name=\"" + HtmlUtils.htmlEscape(csrf.getParameterName())
                        + "\" value=\"" + HtmlUtils.htmlEscape(csrf.getToken()) + "\" />",
                e(text, "submit"), e(text, "hint"), english ? "zh" : "en", e(text, "other"));
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(html);
    }

    /** {@code ?lang=en|zh}, else English if the browser's first choice is English, else Chinese. */
    static Locale locale(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        if (lang != null) {
            return lang.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : CHINESE;
        }
        String accept = request.getHeader("Accept-Language");
        boolean english = accept != null && !accept.isBlank() && request.getLocale().getLanguage().equals("en");
        return english ? Locale.ENGLISH : CHINESE;
    }

    private static String e(ResourceBundle text, String key) {
        return HtmlUtils.htmlEscape(text.getString(key));
    }
}
