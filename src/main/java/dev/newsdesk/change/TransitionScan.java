package dev.newsdesk.change;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** How far the job recording scheduled transitions has looked (one row). */
@Entity
@Table(name = "change_transition_scan")
public class TransitionScan {

    @Id
    private int id;

    @Column(name = "checked_through", nullable = false)
    private Instant checkedThrough;

    public Instant getCheckedThrough() { return checkedThrough; }
    public void setCheckedThrough(Instant checkedThrough) { this.checkedThrough = checkedThrough; }
}
