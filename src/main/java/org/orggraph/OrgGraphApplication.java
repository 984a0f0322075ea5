package org.orggraph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class OrgGraphApplication {

    public static void main(String[] args) {
        SpringApplication.run(OrgGraphApplication.class, CommandLineAliases.expand(args));
    }
}
