@extends('layouts.app')
@section('content')
<div class="jobs white-background">
  <div class="container">
    <h3>Work With Us - Lavora con noi</h3>
    <h4>Coding Coach</h4>
    <h5>Cosa fa un Coding Coach</h5>
    <p> Il Coding Coach è il responsabile dell’insegnamento di una classe di studenti Boolean. Supportato da uno o più colleghi, dovrà coordinare e insegnare alla classe dal lunedì al venerdì, dalle 9.30 alle 13, seguendo il materiale didattico del corso.
    Durante il pomeriggio sarà di supporto, dalle 14 alle 17, per risolvere eventuali dubbi degli studenti. Il tutto viene gestito con una serie di tool online, da Slack alla nostra Aula Virtuale, senza necessità di spostamenti.
    Il lavoro non si ferma all’insegnamento dello stack menzionato sopra: dovrà contagiare gli studenti trasmettendo il DNA del developer dosando passione, know-how, caffeina e un’abbondante dose di ironia nerd.</p>
  </div>
</div>
@endsection
