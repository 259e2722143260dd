# Warnings for our own targets only (never for system headers such as qcustomplot.h).
function(cascade_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local
                                           -Wnon-virtual-dtor -Woverloaded-virtual)
  target_compile_definitions(${target} PRIVATE
                                               QT_USE_QSTRINGBUILDER)
endfunction()
