package lab.report;

import lab.backend.KataConfigurationException;
import lab.catalogue.CatalogueException;
import lab.selection.ExerciseSelection;

/**
 * Run by the build before any test: refuses a {@code -Dkata.exercise} the catalogue cannot meet, in the one line
 * {@link ExerciseSelection} words, so that a typo stops the build at once instead of running no scenario. Being the
 * build's first reader of the exercise catalogue, it also stops it in one line when the catalogue cannot be read.
 */
public final class ExerciseChoiceCheck {

    private ExerciseChoiceCheck() {
    }

    public static void main(String[] args) throws java.io.IOException {
        BuildStepFailure.endTheBuildIfItFails(ExerciseChoiceCheck::check);
    }

    private static void check() {
        try {
            ExerciseSelection.configured();
        } catch (KataConfigurationException refused) {
            throw new BuildStepFailure(refused.getMessage());
        } catch (ExceptionInInitializerError unreadable) {
            throw new BuildStepFailure(CatalogueException.behind(unreadable).orElseThrow(() -> unreadable).getMessage());
        }
    }
}
