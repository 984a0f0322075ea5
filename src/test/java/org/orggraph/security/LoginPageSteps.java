package org.orggraph.security;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.orggraph.api.GraphQlTesters.TestUser;

/** A real browser logging in through the login page, for the tests of the pages behind it (GraphiQL, Browser). */
public final class LoginPageSteps {

    private LoginPageSteps() {
    }

    /** Opens the page, logs in on the login page it is sent to, and waits until it is back on the page. */
    public static void open(WebDriver browser, String url, TestUser user) {
        browser.get(url);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user.username());
        browser.findElement(By.id("password")).sendKeys(user.password());
        browser.findElement(By.cssSelector("button[type='submit']")).click();
        wait.until(b -> !b.getCurrentUrl().contains("/login"));
    }
}
