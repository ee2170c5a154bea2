/**
 * The attendance rules, pure (no OSGi, JDBC or HTTP): the working week and shifts, the lateness (TL) and early-leave
 * (PSW) bands of a rule pack, one day's verdict with its TPP cut, the month's deductions with their explanation,
 * annual-leave balances with carry-over, and geofence geometry.
 */
package id.serasan.attendance.internal.rules;
