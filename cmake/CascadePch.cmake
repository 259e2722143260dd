# Precompiled headers. Qt's headers cost 1-2 s of parsing in every translation unit (g++ 12
# -fsyntax-only: <QString> 1.3 s, <QDateTime> 1.9 s), more than many of our own files take to
# compile. One set is precompiled once per build folder and reused by every library, test and
# program (REUSE_FROM), so it is parsed once instead of once per file. Loading it costs about
# 0.25 s per file. nlohmann/json.hpp is left out although it is as slow to parse: its
# precompiled form takes a second to load, which every file would pay and only a quarter of
# them need (measured under ASan, -O1 -g1). Off by default: scripts/test-sanitizers.sh turns it
# on; the fuzz build must leave it off (clang refuses a PCH built with other -fsanitize flags,
# and the fuzzed libraries get extra ones).
option(CASCADE_PCH "Precompile the heavy Qt headers once per build" OFF)

# Headers nearly every file includes, and only those: a header in the set is seen by every file,
# so a rarely used one would only slow the others down. No Qt Gui, Widgets or Test headers:
# their behaviour depends on QT_GUI_LIB/QT_WIDGETS_LIB, which differ between our targets.
set(CASCADE_PCH_HEADERS
    <algorithm> <functional> <memory> <optional> <string> <string_view> <vector>
    <QtCore/QByteArray> <QtCore/QDateTime> <QtCore/QHash> <QtCore/QList> <QtCore/QMap>
    <QtCore/QObject> <QtCore/QString> <QtCore/QStringList> <QtCore/QVariant>)

# Applies the shared PCH to every C++ target defined under `dir` (call once, at the end of the
# top-level CMakeLists.txt, after every add_subdirectory).
function(cascade_precompile_headers dir)
  if(NOT CASCADE_PCH)
    return()
  endif()
  if(NOT TARGET cascade_pch)
    add_library(cascade_pch STATIC ${PROJECT_SOURCE_DIR}/cmake/CascadePch.cpp)
    target_link_libraries(cascade_pch PRIVATE Qt6::Core)
    target_precompile_headers(cascade_pch PRIVATE ${CASCADE_PCH_HEADERS})
    cascade_warnings(cascade_pch)
  endif()
  get_property(targets DIRECTORY ${dir} PROPERTY BUILDSYSTEM_TARGETS)
  foreach(target ${targets})
    get_target_property(type ${target} TYPE)
    if(target STREQUAL "cascade_pch" OR NOT type MATCHES "^(STATIC_LIBRARY|OBJECT_LIBRARY|EXECUTABLE)$")
      continue()
    endif()
    target_precompile_headers(${target} REUSE_FROM cascade_pch)
  endforeach()
  get_property(subdirs DIRECTORY ${dir} PROPERTY SUBDIRECTORIES)
  foreach(subdir ${subdirs})
    cascade_precompile_headers(${subdir})
  endforeach()
endfunction()
