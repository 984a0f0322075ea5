package org.orggraph.api;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.Consumer;

import org.neo4j.driver.Driver;
import org.neo4j.driver.ExecutableQuery;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps the application's {@link Driver} bean so that every statement sent through it is counted by
 * {@link CypherStatementCounter}: {@code run} on sessions, transactions and transaction contexts (also inside
 * {@code executeRead}/{@code executeWrite}) and {@code execute} of executable queries. Everything else passes
 * through unchanged. (Async and reactive sessions are not counted; the application does not use them.)
 */
class CountingDriverPostProcessor implements BeanPostProcessor {

    private final ObjectProvider<CypherStatementCounter> counter;

    CountingDriverPostProcessor(ObjectProvider<CypherStatementCounter> counter) {
        this.counter = counter;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof Driver driver
                && !(Proxy.isProxyClass(bean.getClass()) && Proxy.getInvocationHandler(bean) instanceof Counting)) {
            return wrap(driver, Driver.class);
        }
        return bean;
    }

    private <T> T wrap(T target, Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, new Counting(target)));
    }

    private final class Counting implements InvocationHandler {

        private final Object target;

        Counting(Object target) {
            this.target = target;
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("equals") && args != null && args.length == 1) {
                return proxy == args[0];
            }
            if (name.equals("hashCode") && method.getParameterCount() == 0) {
                return System.identityHashCode(proxy);
            }
            if (target instanceof Session && args != null && args.length > 0) {
                if (args[0] instanceof TransactionCallback<?> callback
                        && (name.equals("executeRead") || name.equals("executeWrite"))) {
                    args[0] = (TransactionCallback<Object>) tx -> callback.execute(wrap(tx, TransactionContext.class));
                } else if (args[0] instanceof Consumer<?> consumer && name.startsWith("execute")) {
                    args[0] = (Consumer<TransactionContext>) tx ->
                            ((Consumer<TransactionContext>) consumer).accept(wrap(tx, TransactionContext.class));
                }
            }
            if ((name.equals("run") && !(target instanceof Driver)) || (name.equals("execute")
                    && target instanceof ExecutableQuery)) {
                counter.getObject().statementRun();
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (result instanceof Session session && method.getReturnType().isAssignableFrom(Session.class)) {
                return wrap(session, Session.class);
            }
            if (result instanceof Transaction transaction && method.getReturnType() == Transaction.class) {
                return wrap(transaction, Transaction.class);
            }
            if (result instanceof ExecutableQuery query && method.getReturnType() == ExecutableQuery.class) {
                return wrap(query, ExecutableQuery.class);
            }
            return result;
        }
    }
}
