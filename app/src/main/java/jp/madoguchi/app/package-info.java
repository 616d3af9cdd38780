/** The launcher's entry point and the staff CLI commands. */
package jp.madoguchi.app;
