package id.serasan.personnel.api;

import java.time.LocalDate;

/** A move between units: recorded whenever an employee's unit changes. */
public record TransferEntry(Long id, String fromUnitCode, String toUnitCode, LocalDate tmt, String decreeNumber,
                            LocalDate decreeDate, String recordedBy) {
}
