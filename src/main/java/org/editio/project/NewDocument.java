package org.editio.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.editio.problem.SetupException;

/**
 * Writes tei/NAME.xml from a template: the template's {@code ${id}} becomes a fresh xml:id derived from
 * NAME (one no other document in tei/ uses, nor any element of the template), {@code ${today}} the date
 * of creation (only the encoding date in revisionDesc uses it). Never overwrites. One instance per call.
 */
final class NewDocument {
    /** A plain file name: letters, digits, '.', '_' and '-', starting with a letter or digit. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Pattern TEMPLATE_ID = Pattern.compile("xml:id=\"([^\"$]+)\"");

    private final Project project;

    NewDocument(Project project) {
        this.project = project;
    }

    /** Creates the document and returns its path. */
    Path create(String type, String name, LocalDate today) {
        String base = checkedName(name);
        Path tei = project.tei();
        if (!Files.isDirectory(tei)) {
            throw new SetupException("no tei/ folder in " + project.root() + ": is this an Editio project?");
        }
        Path file = tei.resolve(base + ".xml");
        if (Files.exists(file)) {
            throw new SetupException(file + " exists already; choose another NAME (editio new never overwrites)");
        }
        String template = new Templates(project.root()).text(type);
        Set<String> taken = new HashSet<>(DocumentIds.of(project.sources()));
        Matcher m = TEMPLATE_ID.matcher(template);
        while (m.find()) {
            taken.add(m.group(1));
        }
        String id = freshId(base, taken);
        String text = template.replace("${id}", id).replace("${today}", today.toString());
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new SetupException(file + " exists already; choose another NAME (editio new never overwrites)", e);
        } catch (IOException e) {
            throw new SetupException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    /** NAME without a trailing ".xml", or a SetupException saying what is wrong with it. */
    static String checkedName(String name) {
        String base = name.endsWith(".xml") ? name.substring(0, name.length() - 4) : name;
        if (!NAME.matcher(base).matches() || base.contains("..")) {
            throw new SetupException("NAME must be a plain file name (letters, digits, '.', '_', '-'; no folders, no \"..\"): "
                    + name);
        }
        if (base.equalsIgnoreCase(Project.REGISTER.replace(".xml", ""))) {
            throw new SetupException("\"" + name + "\" is the edition's register; choose another NAME");
        }
        return base;
    }

    /** An NCName from NAME, with "-2", "-3", … appended while it is taken. */
    static String freshId(String base, Set<String> taken) {
        String id = Character.isLetter(base.charAt(0)) || base.charAt(0) == '_' ? base : "d-" + base;
        String candidate = id;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }
}
