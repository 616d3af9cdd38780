package jp.madoguchi.issuance.engine;

/** One family of rules. A check records every rule it evaluates in the evaluation, passed or failed. */
interface Check {
    void apply(Case c, Evaluation out);
}
