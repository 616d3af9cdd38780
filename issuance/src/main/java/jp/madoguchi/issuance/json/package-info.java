/**
 * Strict reading of JSON (and YAML) input trees with Jackson: every accessor takes the JSON path of the value so an
 * operator learns exactly which field is wrong, e.g. {@code requester.birthDate must be a date like 1980-05-05}.
 */
package jp.madoguchi.issuance.json;
