package dev.cloudfit.assess.cli;

import dev.cloudfit.core.error.BadInputException;
import java.util.Currency;
import java.util.Locale;

/** The {@code --currency} option's text as a currency; an unknown code is bad input (exit 2). */
final class CurrencyOption {

    private CurrencyOption() {
    }

    static Currency parse(String text) {
        try {
            return Currency.getInstance(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--currency " + text + " is not an ISO 4217 currency code");
        }
    }
}
