# Writes a man page from an executable's own --help and --version with
# help2man, and adds each CLI command's --help as a section, so the page
# says what the program says. Run as:
#   cmake -DEXE=... -DINCLUDE=... -DOUT=... [-DCOMMANDS="inspect|check|report export|..."] -P make-man.cmake
set(ENV{QT_QPA_PLATFORM} offscreen)
set(ENV{LANG} C.UTF-8)
set(ENV{LC_ALL} C.UTF-8)
set(ENV{LANGUAGE} "")
get_filename_component(name "${EXE}" NAME)
file(READ "${INCLUDE}" include_text)
# The commands come separated by "|": a list would not survive the trip
# through add_custom_command.
string(REPLACE "|" ";" COMMANDS "${COMMANDS}")
execute_process(COMMAND "${EXE}" --version OUTPUT_VARIABLE version_text RESULT_VARIABLE rc)
string(REGEX MATCH "[0-9]+\\.[0-9]+\\.[0-9]+" version "${version_text}")
if(NOT rc EQUAL 0 OR NOT version)
    message(FATAL_ERROR "${name} --version failed (${rc}): ${version_text}")
endif()
if(COMMANDS)
    string(APPEND include_text "\n[COMMANDS]\n")
    foreach(command IN LISTS COMMANDS)
        string(REPLACE " " ";" command_args "${command}")
        execute_process(COMMAND "${EXE}" ${command_args} --help
            OUTPUT_VARIABLE help RESULT_VARIABLE rc)
        if(NOT rc EQUAL 0)
            message(FATAL_ERROR "${name} ${command} --help failed (${rc})")
        endif()
        # roff: a leading dot or quote would be a request, backslashes escape.
        string(REPLACE "\\" "\\e" help "${help}")
        string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" help "${help}")
        string(APPEND include_text ".SS ${command}\n.nf\n${help}.fi\n")
    endforeach()
endif()
set(merged "${OUT}.h2m")
file(WRITE "${merged}" "${include_text}")
execute_process(COMMAND help2man --no-info --locale=C.UTF-8 --include "${merged}"
        --section 1 --source "IS Migration Wizard ${version}" --manual "User Commands" --output "${OUT}" "${EXE}"
    RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "help2man failed for ${name}: ${err}")
endif()
# Installed compressed, as Debian's policy and man-db expect.
file(ARCHIVE_CREATE OUTPUT "${OUT}.gz" PATHS "${OUT}" FORMAT raw COMPRESSION GZip)
