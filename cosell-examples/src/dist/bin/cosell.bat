@echo off
rem The cosell command: runs the tool with the jars in lib\ next to this folder.
rem Java 17 or later: JAVA_HOME's, else the java on the PATH. COSELL_OPTS holds JVM options, e.g. -Xmx512m.
setlocal
set "COSELL_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
"%JAVA%" %COSELL_OPTS% -cp "%COSELL_HOME%\lib\*" dev.cosell.examples.cli.CosellCommand %*
exit /b %ERRORLEVEL%
