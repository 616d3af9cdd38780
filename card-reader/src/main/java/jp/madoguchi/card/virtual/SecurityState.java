package jp.madoguchi.card.virtual;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The card's volatile state between two resets: the current application, the current EF and which PINs are
 * verified. Cleared on power on/off, reset and every SELECT of an application.
 */
final class SecurityState {
    private final List<CardApplication> applications;
    private final Set<Integer> verifiedPins = new HashSet<>();
    private CardApplication application;
    private CardFile currentFile;

    SecurityState(List<CardApplication> applications) {
        this.applications = List.copyOf(applications);
    }

    Optional<CardApplication> findApplication(byte[] aid) {
        return applications.stream().filter(a -> a.hasAid(aid)).findFirst();
    }

    /**
     * Makes {@code selected} current and forgets every verified PIN, also when it was current already:
     * OpenSC logs out by re-selecting the JPKI AP and relies on exactly this.
     */
    void enter(CardApplication selected) {
        clear();
        application = selected;
    }

    Optional<CardApplication> application() {
        return Optional.ofNullable(application);
    }

    /** A file of the current application; empty when none is selected or it has no such file. */
    Optional<CardFile> file(int fid) {
        return application().flatMap(a -> a.file(fid));
    }

    Optional<CardFile> currentFile() {
        return Optional.ofNullable(currentFile);
    }

    void select(CardFile file) {
        currentFile = file;
    }

    boolean mayUse(int guard) {
        return guard == CardFile.FREE || verifiedPins.contains(guard);
    }

    boolean isVerified(int pinFid) {
        return verifiedPins.contains(pinFid);
    }

    void markVerified(int pinFid) {
        verifiedPins.add(pinFid);
    }

    void forget(int pinFid) {
        verifiedPins.remove(pinFid);
    }

    void clear() {
        application = null;
        currentFile = null;
        verifiedPins.clear();
    }
}
