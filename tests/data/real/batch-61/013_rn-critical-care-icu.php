<?php
// Set content type to HTML
header('Content-Type: text/html; charset=UTF-8');
?>
<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Registered Nurse – Critical Care (ICU)</title>
    <link rel="icon" href="../images/favicon.ico" sizes="32x32">
    <link rel="apple-touch-icon" href="../images/apple-touch-icon.png">
    <link rel="stylesheet" href="../style.css">
</head>

<body class="role-page-body">
    <div class="role-main-container">
        <div class="description">
            <div class="content-left">
                <h1 class="role-page-title">Registered Nurse – Critical Care (ICU)</h1>
                
                <div class="role-section">
                    <h2 class="role-section-title"><span class="role-section-icon">📍</span> Location</h2>
                    <ul class="role-section-list">
                        <li>Sioux Falls, South Dakota</li>
                    </ul>
                </div>
                
                <div class="role-section">
                    <h2 class="role-section-title"><span class="role-section-icon">📋</span> Requirements</h2>
                    <ul class="role-section-list">
                        <li>Graduate from an accredited nursing program (required)</li>
                        <li>Bachelor's Degree in nursing (preferred)</li>
                        <li>Currently holds an unencumbered RN license with the State Board of Nursing</li>
                        <li>Possess multistate licensure if in a Nurse Licensure Compact (NLC) state</li>
                        <li>Obtains and maintains required department specific competencies and certifications</li>
                    </ul>
                </div>
                
                <div class="role-cta-container">
                    <a href="https://work.encosion.com/ray?conversation=registered-nurse-critical" class="role-cta-button">Get started</a>
                </div>
            </div>
        </div>
    </div>
</body>
</html>
