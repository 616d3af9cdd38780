/**
 * Fuzzing the kiosk's own file readers: the shipped sample rule files and a kiosk configuration, mutated byte by
 * byte and structurally, through the real {@code rules check} and configuration paths in-process. A bad file must
 * be reported naming the file, in bounded time; an exception escaping, a message without the file, or a case over
 * its time limit is counted (crashes, hangs).
 */
package jp.madoguchi.app.fuzz;
