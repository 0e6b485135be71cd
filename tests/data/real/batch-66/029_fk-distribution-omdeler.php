<!doctype html>
<html lang="dk">
  <head>
    <!-- Required meta tags -->
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
    <!-- FontAwesome -->
    <link rel="stylesheet" href="https://use.fontawesome.com/releases/v5.5.0/css/all.css" integrity="sha384-B4dIYHKNBt8Bc12p+WXckhzcICo0wtJAoU8YZTY5qE0Id1GSseTk6S+L3BlXeVIU" crossorigin="anonymous">  
    <!-- Bootstrap CSS -->
    <link rel="stylesheet" href="https://stackpath.bootstrapcdn.com/bootstrap/4.1.3/css/bootstrap.min.css" integrity="sha384-MCw98/SFnGE8fJT3GXwEOngsV7Zt27NXFoaoApmYm81iuXoPkFOJwJ8ERdknLPMO" crossorigin="anonymous">
    <!-- Custom stylesheet minified -->
	<link href="css/style.min.css" rel="stylesheet">
    
    <title>Studiejobs.dk</title>
  </head>
  <body>
 
    <?php include 'includes/header.php';?>
        
    <section class="container underside">
        <h1>Find job</h1>
        <div class="separator"><span><i class="fas fa-suitcase"></i></span></div>
        
        <article class="row search-job">
            <form class="form-inline">
              <div class="form-group col-xs-12">
                <input type="text" class="form-control" id="exampleFormControlInput1" placeholder="Postnummer / by">
              </div>
              <div class="form-group col-xs-12">
                <select class="form-control" id="exampleFormControlSelect1" placeholder="Jobtype">
                    <option>Alle opslag</option>
                    <option>Studiejobs</option>
                    <option>Praktik</option>
                </select>
              </div>
            <button type="submit" class="btn btn-default">Søg job</button>
            </form>
        </article>
        <article class="row jobs">
            <article class="row col-12 job">
                <div class="col-xs-12 col-sm-3">
                    <img src="images/virksomheder/fk-distribution-logo.png" alt="FK Distribution logo"><br/>
                    <ul>
                        <li><i class="fas fa-map-marker-alt"></i> Århus</li>
                        <li><i class="fas fa-user"></i> 13-17 år</li>
                        <li><i class="fas fa-globe-americas"></i> <a href="https://fk.dk/" target="_blank">Website</a></li>
                    </ul>
                </div>
                <div class="col-9">
                    <h3>Omdeler for FK Distribution</h3>
                    <small>Studiejob</small>
                    <hr/>
                    <p>At have et job som omdeler betyder, at du skal ud i den friske luft og have motion. Dette job handler nemlig om at omdele reklamer og aviser til husstande, der ligger tæt på din egen adresse. Arbejdet er udendørs.
                    </p>
                    <a href="mailto:kontakt@fkdistribution.dk" class="soeg-jobbet">Søg job</a>
                </div>
            </article>
