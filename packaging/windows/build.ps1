# Builds the FrontDesk app image and .msi on Windows with jpackage from `mvn package` output.
# Needs a JDK 17+ (jpackage on PATH) and, for the .msi, the WiX Toolset 3 (candle.exe, light.exe
# on PATH). See packaging/README.md.
#
#   mvn -B -DskipTests package
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1               # .msi
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1 -Type app-image
param(
    [string]$Target = "target",
    [ValidateSet("app-image", "msi")][string]$Type = "msi"
)
$ErrorActionPreference = "Stop"
$root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $root
$target = Resolve-Path $Target
$jar = Join-Path $target "frontdesk.jar"
if (-not (Test-Path $jar)) { throw "$jar is missing: run 'mvn -B -DskipTests package' first" }

# jpackage versions are numbers only: 0.1.0-SNAPSHOT is packaged as 0.1.0.
[xml]$pom = Get-Content (Join-Path $root "pom.xml")
$version = $pom.project.version -replace "-.*$", ""

$work = Join-Path $target "jpackage"
if (Test-Path $work) { Remove-Item -Recurse -Force $work }
New-Item -ItemType Directory -Force (Join-Path $work "input\lib"), (Join-Path $work "javafx") | Out-Null
Copy-Item $jar (Join-Path $work "input")
Copy-Item (Join-Path $target "lib\*.jar") (Join-Path $work "input\lib")
# JavaFX on the module path: the platform jars (javafx-base-21.0.12-win.jar) become runtime
# modules; the empty jars without a classifier are dropped.
Get-ChildItem (Join-Path $work "input\lib") -Filter "javafx-*.jar" |
    Where-Object { $_.Name -match "^javafx-[a-z]+-[0-9.]+-.+\.jar$" } |
    Move-Item -Destination (Join-Path $work "javafx")
Remove-Item (Join-Path $work "input\lib\javafx-*.jar")

function Invoke-Checked([string]$what) {
    if ($LASTEXITCODE -ne 0) { throw "$what failed (exit $LASTEXITCODE)" }
}

Write-Host "jpackage: app image $version (windows)"
jpackage "@packaging/jpackage/app.txt" "@packaging/windows/app-image.txt" `
    --type app-image --input (Join-Path $work "input") --module-path (Join-Path $work "javafx") `
    --app-version $version --dest (Join-Path $work "image")
Invoke-Checked "jpackage app-image"
$image = Join-Path $work "image\FrontDesk"

# The packaged program must open a database and find every module it needs before it ships.
& (Join-Path $image "FrontDeskCli.exe") self-test --data-dir (Join-Path $work "self-test")
Invoke-Checked "self-test of the app image"

if ($Type -eq "msi") {
    Write-Host "jpackage: msi"
    jpackage "@packaging/jpackage/installer.txt" "@packaging/windows/msi.txt" `
        --type msi --app-image $image --app-version $version --dest $work
    Invoke-Checked "jpackage msi"
}
Write-Host "done: $work"
