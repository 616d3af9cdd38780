package jp.madoguchi.card.virtual;

import jp.madoguchi.card.apdu.CommandApdu;
import jp.madoguchi.card.apdu.ResponseApdu;

/** One instruction the virtual card understands. Whatever a host sends, the answer is a status word, not an exception. */
@FunctionalInterface
interface CardCommand {
    ResponseApdu execute(CommandApdu command, SecurityState session);

    /** Case 1: no data, no Le. */
    static boolean isCase1(CommandApdu command) {
        return command.data().length == 0 && command.ne() == 0;
    }
}
