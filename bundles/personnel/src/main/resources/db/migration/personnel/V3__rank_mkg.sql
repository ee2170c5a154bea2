-- The masa kerja golongan (MKG, months) of the current rank's decree, kept beside the current rank like the other
-- current values, so that salary steps (KGB) are derived from it in one-table scans (schedules, dashboard).
ALTER TABLE PERSONNEL_EMPLOYEE ADD COLUMN RANK_MKG_MONTHS INTEGER;
UPDATE PERSONNEL_EMPLOYEE SET RANK_MKG_MONTHS = (SELECT MAX(COALESCE(r.SERVICE_YEARS, 0) * 12 + COALESCE(r.SERVICE_MONTHS, 0))
  FROM PERSONNEL_RANK_HISTORY r WHERE r.EMPLOYEE_ID = PERSONNEL_EMPLOYEE.ID AND r.TMT = PERSONNEL_EMPLOYEE.RANK_TMT
  AND r.SERVICE_YEARS IS NOT NULL);
