#!/usr/bin/env bash
# Writes the stridewise(1) man page from the program's own --help texts, so it covers every subcommand the
# program has and cannot drift from it. Usage: make-manpage.sh STRIDEWISE_BINARY VERSION DATE OUTPUT
set -euo pipefail
exe=$1 version=$2 date=$3 out=$4

export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)} LC_ALL=C.UTF-8
help_of() { "$exe" "$@" --help 2>/dev/null | sed "s#^Usage: [^ ]*#Usage: stridewise#"; }

# Typographic characters the help uses, as roff glyphs (man pages are read on terminals of every encoding).
glyphs() { sed -e 's/–/\\(en/g' -e 's/—/\\(em/g' -e 's/…/.../g' -e 's/×/\\(mu/g' -e 's/÷/\\(di/g' -e 's/≤/\\(<=/g' -e 's/≥/\\(>=/g' -e 's/→/\\(->/g'; }
# roff-escape: backslashes, leading dots/quotes, and hyphens in options.
esc() { sed -e 's/\\/\\e/g' -e "s/^\\([.']\\)/\\\\\\&\\1/" -e 's/-/\\-/g' | glyphs; }

# Qt's option list: "  -x, --name <v>   Text" with continuation lines indented further. Prints .TP entries.
options_to_roff() {
    awk '
        /^Options:/ { on = 1; next }
        /^Arguments:/ { on = 0; args = 1; next }
        (on || args) && /^  [^ ]/ {
            line = substr($0, 3)
            n = match(line, /  +/)
            if (n) { term = substr(line, 1, n - 1); text = substr(line, n); sub(/^ +/, "", text) }
            else { term = line; text = "" }
            printf ".TP\n.B %s\n%s\n", term, text
            next
        }
        (on || args) && /^      +[^ ]/ { t = $0; sub(/^ +/, "", t); print t; next }
        (on || args) && /^$/ { on = 0; args = 0 }
    ' | sed 's/-/\\-/g' | glyphs
}

# The usage lines a subcommand prints between "Usage:" and "Options:" (its synopsis).
synopsis_of() {
    awk '/^Usage:/ { on = 1; next } /^Options:/ { exit } on && NF { print }' | esc | sed 's/$/\n.br/'
}

main_help=$(help_of)
commands=$(printf '%s\n' "$main_help" | awk '/^Commands/ { on = 1; next } on && /^$/ { exit } on && /^  [a-z]/ { print $1 }')
[ -n "$commands" ] || { echo "make-manpage.sh: $exe --help lists no commands" >&2; exit 1; }

{
    cat <<EOF
.TH STRIDEWISE 1 "$date" "Stridewise $version" "User Commands"
.SH NAME
stridewise \\- weekly running plans that look after your back
.SH SYNOPSIS
.B stridewise
[\\fB\\-\\-db\\fR \\fIFILE\\fR]
.br
.B stridewise
\\fB\\-\\-screenshot\\fR \\fIFILE.png\\fR [\\fB\\-\\-db\\fR \\fIFILE\\fR]
.br
.B stridewise
\\fICOMMAND\\fR [\\fIOPTIONS\\fR] [\\fB\\-\\-db\\fR \\fIFILE\\fR]
.SH DESCRIPTION
Stridewise is a desktop training planner for recreational runners who want to keep running without back
pain. It plans weeks that mix running, low\\-impact sessions (walking, cycling, swimming), core strength
work and a hamstring stretch twice a day; you tick sessions off and log your back pain, and each new week
adapts to what you actually did and how your back felt.
.PP
Without a command, Stridewise opens its window on your own database. The commands below run without a
window and call the same functions as the window, for scripts; with \\fB\\-\\-format json\\fR their output
is a contract: fields are added, never renamed or dropped.
.PP
Stridewise does not replace a medical professional. If in doubt, see one before you start.
.SH OPTIONS
EOF
    printf '%s\n' "$main_help" | options_to_roff
    echo ".SH COMMANDS"
    while read -r name; do
        summary=$(printf '%s\n' "$main_help" | awk -v n="$name" '$1 == n { $1 = ""; sub(/^ +/, ""); print; exit }')
        sub_help=$(help_of "$name")
        printf '.SS %s\n%s\n.PP\n' "$name" "$(printf '%s\n' "$summary" | esc)"
        printf '%s\n' "$sub_help" | synopsis_of
        printf '%s\n' "$sub_help" | options_to_roff
    done <<<"$commands"
    cat <<'EOF'
.SH FILES
.TP
.I ~/.local/share/stridewise/stridewise.db
Your database: everything you enter, in one SQLite file (\fB$XDG_DATA_HOME/stridewise\fR when set).
.TP
.I ~/.local/share/stridewise/backups/
Checked copies of it: daily when something changed, before an update or a restore, and on request.
.TP
.I ~/.config/stridewise/
The window's settings.
.SH EXIT STATUS
.TP
.B 0
Done.
.TP
.B 1
The action failed (the file could not be opened or written).
.TP
.B 2
Bad command line or value; nothing was changed.
.SH ENVIRONMENT
.TP
.B QT_QPA_PLATFORM=offscreen
Render \fB\-\-screenshot\fR without a display.
.SH NOTES
Red\-flag symptoms (numbness, tingling, pain spreading down the leg, leg weakness, night pain; bladder or
bowel change or numbness in the saddle area) take running and strength out of the plan and say to see a
clinician. Stridewise does not replace a medical professional.
EOF
} >"$out.partial"
mv "$out.partial" "$out"
