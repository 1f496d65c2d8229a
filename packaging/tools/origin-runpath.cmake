# Part of the archive's deploy script (see packaging/CMakeLists.txt), run
# after qt_deploy_runtime_dependencies: every library the archive carries
# gets the RUNPATH $ORIGIN, so that it finds its siblings in lib/. Without it
# a library that has a RUNPATH of its own (libproxy's points to Debian's
# /usr/lib/x86_64-linux-gnu/libproxy) ignores the programs' RPATH and looks
# for its dependencies on the system, where they need not be.
set(lib_dir "${QT_DEPLOY_PREFIX}/${QT_DEPLOY_LIB_DIR}")
file(GLOB libraries LIST_DIRECTORIES false "${lib_dir}/*.so*")
foreach(library IN LISTS libraries)
    if(IS_SYMLINK "${library}")
        continue()
    endif()
    execute_process(COMMAND patchelf --set-rpath "$ORIGIN" "${library}" RESULT_VARIABLE rc ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "patchelf could not set the RUNPATH of ${library}: ${err}")
    endif()
endforeach()
