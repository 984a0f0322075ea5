package org.orggraph.browser;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves Neo4j Browser (the static files of {@code org.neo4j.client:neo4j-browser}, under {@code browser/} in its
 * jar) at {@code /browser/}. Its asset paths are relative, so they resolve under {@code /browser/}; the address it
 * connects to comes from {@link DiscoveryController}.
 */
@Configuration(proxyBeanMethods = false)
class BrowserConfiguration implements WebMvcConfigurer {

    static final String PATH = "/browser/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(PATH + "**").addResourceLocations("classpath:/browser/");
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController(PATH).setViewName("forward:" + PATH + "index.html");
        registry.addRedirectViewController("/browser", PATH);
    }
}
