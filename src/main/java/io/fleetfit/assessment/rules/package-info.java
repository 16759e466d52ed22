/**
 * The rules, one small immutable class each, named after the condition it detects. Each class's
 * Javadoc says why the condition hurts containerization. {@link io.fleetfit.assessment.RuleCatalog}
 * lists them in report order. JDK imports only.
 */
package io.fleetfit.assessment.rules;
