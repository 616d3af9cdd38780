/**
 * One view per step of the visit. Each turns an immutable {@link jp.madoguchi.issuance.visit.step.VisitStep} into
 * a {@link jp.madoguchi.ui.view.StepPage} and sends the resident's choices back as
 * {@link jp.madoguchi.issuance.visit.ResidentAction}s (and, where staff can help, calls them through
 * {@link jp.madoguchi.ui.view.StaffCall}); none keeps state of its own or touches a card. Text comes
 * bound from {@link jp.madoguchi.ui.i18n.I18n}, so a language switch re-renders a view without rebuilding it.
 */
package jp.madoguchi.ui.view;
