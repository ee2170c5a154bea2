package id.serasan.personnel.api;

import java.time.LocalDate;

/**
 * A completed training (diklat).
 *
 * @param kind    STRUKTURAL (leadership, counts as latihan jabatan in the DUK), FUNGSIONAL or TEKNIS
 * @param name    the training's name, e.g. {@code PKA Angkatan II}
 * @param endDate when it finished
 * @param hours   lesson hours (JP)
 */
public record TrainingEntry(Long id, String kind, String name, LocalDate endDate, Integer hours) {
}
