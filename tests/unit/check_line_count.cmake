# Fails when FILE has more than MAX_LINES lines.
file(READ "${FILE}" text)
string(REGEX MATCHALL "\n" newlines "${text}")
list(LENGTH newlines count)
if(count GREATER MAX_LINES)
  message(FATAL_ERROR "${FILE} has ${count} lines (at most ${MAX_LINES}): move what it builds into its own class")
endif()
message(STATUS "${FILE}: ${count} lines (at most ${MAX_LINES})")
