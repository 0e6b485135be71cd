<!DOCTYPE html>
<html lang="en">

<head>
    <meta charset="UTF-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Bikegiks: Job Details</title>
    <?php
    include("assets/includes/links.php");
    ?>
</head>

<body>
    <?php
    include("assets/includes/header.php");
    ?>

    <div class="container my-4">
        <!-- Jumbotron -->
        <div id="intro" class="p-5 bg-light shadow-5 rounded-5 mb-5 col-md-7 mx-auto">




            <h1 class="mb-3 h2">Nurse</h1>
            <p class="mb-3">For Nepali Citizens Only</p>
            <table class="table">
                <tr>
                    <th>Job Title</th>
                    <td>Nurse</td>
                </tr>
                <tr>
                    <th>Job Discription</th>
                    <td>Located in Loretteville, the Jardins Katerina residence, managed by Cogir, offers a friendly atmosphere where it is stimulating to work. We have a dedicated and caring team for autonomous seniors and those with a slight loss of autonomy.

                        We are looking for an Evening Auxiliary Nurse (8/14) who will contribute to the quality of life for residents.

                        The auxiliary nurse sees to the comfort, well-being, safety and general needs of the residents by providing them with hygiene and comfort care.</td>
                </tr>
                <tr>
                    <th>Qualification</th>
                    <td>Bachelor in nursing or Equivalent </td>
                </tr>
                <tr>
                    <th>Experince</th>
                    <td>1 years</td>
                </tr>
                <tr>
                    <th>Salary</th>
                    <td>28000$/Annum</td>
                </tr>
                <tr>
                    <th>Facilities</th>
                    <td>
                        Applicable government premium in effect Meals in the dining room at $5, Free parking Uniform provided Access to a doctor in case of emergency, Vacation Access to internal professional services comptabilit� (imp�ts) Social Club activities, gifts and substantial discounts, Career Opportunity, On-site parking
                    </td>
                </tr>
            </table>

            <a class="btn btn-outline-success m-2" href="apply.php" role="button" rel="nofollow" target="_blank">Apply</a>
        </div>
        <!-- Jumbotron -->
    </div>


    <?php
    include("assets/includes/footer.php");
    ?>
</body>

</html>