package nl.veerkracht.democity;

/**
 * Leefbaarometer 2.0 (meting 2016) scores of the CBS wijk a buurt lies in, as deviations from
 * the national average (0 = average, negative = worse). These are wijk figures: every buurt of
 * the wijk carries the same ones. No Leefbaarometer figures per buurt are bundled.
 *
 * @param wijk the CBS wijk code ({@code WK0599xx})
 * @param total the total score ({@code RLBRMTR})
 * @param safety the dimension nuisance and unsafety ({@code RLBVEI})
 */
public record WijkLiveability(String wijk, double total, double safety) {
}
