// Package instruments computes the figures of the structured instruments inside the domains of an
// assessment: workflow (staff hours per role per year), economy (budget impact and net present
// value), environment (kg CO2e per year), competences (gaps on the KL competence wheel and a
// training plan) and risks (score, ranking and a 5×5 matrix). It also parses numbers as people
// type them.
//
// The package is plain Go: typed inputs in, typed results out. It knows nothing of the case
// file, the window or the report; an adapter turns a case's table rows into these inputs.
//
// Every calculator returns its figures and a list of Problems, each naming the input row and
// field it concerns with the reason in Danish and English, so a form can mark the field. A row
// with a problem is left out of the figures, never counted as zero: when Problems is not empty,
// the figures are incomplete and should be shown as such.
//
// Conventions, stated once here and again where they apply:
//   - Numbers: "1,5" and "1.5" both mean 1.5; "1.500" and "1,500" are refused as ambiguous;
//     "1.500,5", "1,500.5" and "1 500,5" are 1500.5. ParseNumber refuses any unit, "%"
//     included; ParsePercent accepts one trailing "%" and returns the number of percent.
//   - Workflow: a step per day happens DaysPerYear times a year (365 on a ward, about 220 in a
//     clinic); per week 52 times, per month 12 times, whatever DaysPerYear is.
//   - Economy: years are labelled 1 … Horizon for people; year 1 is t = 0 when discounting,
//     so NPV = Σ amount(year) / (1 + r)^(year − 1). A cost is positive and a saving negative.
//     Staff time freed or spent is priced separately and never added to the cash budget.
//   - Differences are always after − before: a negative difference is hours freed, kg CO2e
//     avoided, and so on.
//   - Rows are numbered from 0, in the order they were given; settings of the instrument
//     (days per year, horizon, discount rate, the environmental triage) use SettingsRow.
package instruments
